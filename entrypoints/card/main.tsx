import { render } from 'preact';
import { CardApp } from '../../components/CardApp';
import '../../components/theme.css';
import '../../components/card.css';

render(<CardApp token={location.hash.slice(1)} />, document.getElementById('app')!);
