import { Result } from './ui';

/** A path of the public site that is no page. */
export function NotFoundPage() {
  return <Result status="404" title="页面不存在" />;
}
