import { mountApp } from '../../components/mount';
import { CardApp } from '../../components/CardApp';
import '../../components/theme.css';
import '../../components/card.css';

mountApp(<CardApp />);
