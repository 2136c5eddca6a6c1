import { Alert } from 'antd';
import { FindingsPage } from './FindingsPage';

/**
 * 自查: what the agency's own self-inspections (source selfInspection) turned up, each with its
 * rectification to answer, as the API lists them for an agency user.
 */
export function SelfInspectionPage() {
  return (
    <>
      <FindingsPage source="selfInspection" title="自查发现的问题" />
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 16 }}
        title="自查表中回答为违规情形的问题会列在这里，并按应急管理局下达的整改要求报告整改情况。"
      />
    </>
  );
}
