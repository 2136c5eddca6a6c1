import { mount } from '../shared/AppRoot';
import { accessToken } from '../shared/auth';
import '../shared/shared.css';
import { PortalApp } from './PortalApp';

mount(<PortalApp />, accessToken);
