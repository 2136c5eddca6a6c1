import { mount } from '../shared/AppRoot';
import { accessToken } from '../shared/auth';
import '../shared/shared.css';
import { ConsoleApp } from './ConsoleApp';

mount(<ConsoleApp />, accessToken);
