import { mount } from '../shared/AppRoot';
import '../shared/shared.css';
import { ConsoleApp } from './ConsoleApp';

mount(<ConsoleApp />);
