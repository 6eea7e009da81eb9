import { mountApp } from '../../components/mount';
import { OptionsApp } from '../../components/OptionsApp';
import { createLibraryClient } from '../../lib/manager/library-client';
import '../../components/theme.css';
import '../../components/manager.css';
import '../../components/settings.css';

const initialQuote = new URLSearchParams(location.hash.slice(1)).get('quote');
mountApp(<OptionsApp client={createLibraryClient()} initialQuoteId={initialQuote} />);
