// The public site's components (issue 15 point 8): small ones of our own, with the look of the console's Ant Design
// (same colours, radius and spacing; ui.css), so that a visitor's first page loads no component library. The API
// follows Ant Design's where the pages used it (Title level, Table columns, Descriptions items), so that a page reads
// the same; forms use the browser's own controls (`useForm`, `Field`).
export { Title, Paragraph, Text } from './Typography';
export { Card, Space, Row, Col } from './Layout';
export { Descriptions, DescriptionsItem, Table, Tag, Steps, List, ListItem, type Column, type StepItem } from './Data';
export { Skeleton, Spin, Result, Empty, Alert, ErrorAlert, FormErrors } from './Feedback';
export {
  Button,
  Field,
  Input,
  TextArea,
  FilePicker,
  Select,
  NumberInput,
  Switch,
  Segmented,
  useForm,
  required,
  type Option,
} from './Controls';
