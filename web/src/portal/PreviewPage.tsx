import { Alert, Card, Descriptions, List, Skeleton, Space, Statistic, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { formatDecimal } from '../shared/text';
import { WithMyAgency } from './MyAgency';
import { Trail } from '../shared/Trail';
import { YearSelect, useYear } from './year';

const PreviewQuery = graphql(`
  query PortalPreview($agencyId: ID!, $year: Int!) {
    preview(agencyId: $agencyId, year: $year) {
      agencyId
      year
      schemeVersion
      evaluated
      total
      rawTotal
      grade
      exclusion {
        code
        wording
      }
      vetoes {
        code
        wording
      }
      missingFacts {
        path
        message
      }
      notes
      sections {
        ...TrailSectionFields
      }
      bonus {
        ...TrailPartFields
      }
      penalties {
        ...TrailPartFields
      }
    }
  }
`);

/** 预评分: the provisional score of a year from the facts recorded so far, with the per-item trail. */
export function PreviewPage() {
  const [year, setYear, years] = useYear();
  return (
    <>
      <Typography.Title level={2}>预评分</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <YearSelect year={year} setYear={setYear} years={years} />
      </Space>
      <WithMyAgency>{(agency) => <PreviewOf agencyId={agency.id} year={year} />}</WithMyAgency>
    </>
  );
}

function PreviewOf({ agencyId, year }: { agencyId: string; year: number }) {
  const [{ data, fetching, error }] = useQuery({ query: PreviewQuery, variables: { agencyId, year } });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const preview = data?.preview;
  if (!preview) {
    return <Alert type="info" showIcon title={`${year}年度尚未启用考评标准，暂无预评分。`} />;
  }
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="预评分根据目前已确认的检查发现、测评和登记信息实时计算，仅供参考；以应急管理局公示和公布的结果为准。"
      />
      <Card style={{ marginBottom: 16 }}>
        <Space size={48} wrap>
          <div data-testid="preview-total">
            <Statistic title="预评总分" value={preview.total == null ? '—' : formatDecimal(preview.total)} />
          </div>
          <div data-testid="preview-grade">
            <Statistic title="预评等级" value={preview.grade ?? '—'} />
          </div>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="考评年度">{preview.year}</Descriptions.Item>
            <Descriptions.Item label="考评标准版本">{preview.schemeVersion}</Descriptions.Item>
            <Descriptions.Item label="未取整得分">{formatDecimal(preview.rawTotal)}</Descriptions.Item>
          </Descriptions>
        </Space>
      </Card>
      {preview.exclusion && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`不参与考评和排名：${preview.exclusion.wording}`} />
      )}
      {preview.vetoes.map((v) => (
        <Alert key={v.code} type="error" showIcon style={{ marginBottom: 16 }} title={`否决项 ${v.code}：${v.wording}`} />
      ))}
      {preview.notes.map((note) => (
        <Alert key={note} type="info" showIcon style={{ marginBottom: 16 }} title={note} />
      ))}
      {preview.evaluated && preview.missingFacts.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="preview-not-used"
          title="以下已记录的事实未计入本年度得分"
          description={<List size="small" dataSource={[...preview.missingFacts]} renderItem={(m) => <List.Item>{m.message}</List.Item>} />}
        />
      )}
      {!preview.evaluated && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="尚缺以下数据，暂不能计算总分"
          description={<List size="small" dataSource={[...preview.missingFacts]} renderItem={(m) => <List.Item>{m.message}</List.Item>} />}
        />
      )}
      <Typography.Title level={3}>逐项得分</Typography.Title>
      <Trail trail={preview} />
    </>
  );
}
