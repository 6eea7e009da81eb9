import { mountApp } from '../../components/mount';
import { AddQuoteApp } from '../../components/AddQuoteApp';
import '../../components/theme.css';
import '../../components/manager.css';

mountApp(<AddQuoteApp token={location.hash.slice(1)} />);
