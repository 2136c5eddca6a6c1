import { Result } from 'antd';

/** A path of the public site that is no page (its own chunk: the illustration stays out of every first load). */
export function NotFoundPage() {
  return <Result status="404" title="页面不存在" />;
}
