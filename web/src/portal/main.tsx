import { mount } from '../shared/AppRoot';
import '../shared/shared.css';
import { PortalApp } from './PortalApp';

mount(<PortalApp />);
