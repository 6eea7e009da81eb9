import { mountApp } from '../../components/mount';
import { PopupApp } from '../../components/PopupApp';
import '../../components/theme.css';
import '../../components/popup.css';

mountApp(<PopupApp />);
