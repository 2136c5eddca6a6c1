import { mount } from '../shared/AppRoot';
import '../shared/shared.css';
import { PublicApp } from './PublicApp';

mount(<PublicApp />);
