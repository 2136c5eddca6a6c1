import { Card, Collapse, Descriptions, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/errors';
import { formatDateTime, formatDecimal } from '../shared/text';
import { WithMyAgency, type OwnAgency } from './MyAgency';
import { Trail } from '../shared/Trail';
import { YearSelect, useYear } from './year';
import { ResultsQuery } from './queries';

/** 考评结果: the agency's results in the year's completed runs, and the published results naming it. */
export function ResultsPage() {
  const [year, setYear, years] = useYear();
  return (
    <>
      <Typography.Title level={2}>考评结果</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <YearSelect year={year} setYear={setYear} years={years} />
      </Space>
      <WithMyAgency>{(agency) => <ResultsOf agency={agency} year={year} />}</WithMyAgency>
    </>
  );
}

function ResultsOf({ agency, year }: { agency: OwnAgency; year: number }) {
  const [{ data, fetching, error }] = useQuery({ query: ResultsQuery, variables: { tenant: agency.tenant, year } });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const results = data?.myRatingResults ?? [];
  const publications = (data?.publications ?? []).filter((p) => p.status === 'published');
  return (
    <>
      <Typography.Title level={3}>公布结果</Typography.Title>
      {publications.length === 0 ? (
        <Empty description={`${year}年度的考评结果尚未公布`} style={{ marginBottom: 24 }} />
      ) : (
        publications.map((p) => {
          const own = p.entries.find((e) => e.agencyId === agency.id);
          const listTitles = new Map(p.lists.map((l) => [l.code, l.title]));
          return (
            <Card
              key={p.id}
              style={{ marginBottom: 16 }}
              title={p.title}
              extra={p.supersededById ? <Tag>已被更正</Tag> : <Tag color="green">现行</Tag>}
              data-testid="publication"
            >
              <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label="公告">
                  {p.bureauName}公告 {year}年第{p.seq}号
                </Descriptions.Item>
                <Descriptions.Item label="公布时间">{formatDateTime(p.publishedAt)}</Descriptions.Item>
                {p.reason && (
                  <Descriptions.Item label="更正或调整原因" span={2}>
                    {p.reason}
                  </Descriptions.Item>
                )}
                {own ? (
                  <>
                    <Descriptions.Item label="本机构总分">{formatDecimal(own.total)}</Descriptions.Item>
                    <Descriptions.Item label="公布等级">{own.publishedGrade}</Descriptions.Item>
                    <Descriptions.Item label="名次">
                      第 {own.overallRank} 名{own.groupRank ? `（组内第 ${own.groupRank} 名）` : ''}
                    </Descriptions.Item>
                    <Descriptions.Item label="所列名单">
                      {own.lists.length ? own.lists.map((c) => <Tag key={c}>{listTitles.get(c) ?? c}</Tag>) : '—'}
                    </Descriptions.Item>
                    {own.note && (
                      <Descriptions.Item label="备注" span={2}>
                        {own.note}
                      </Descriptions.Item>
                    )}
                  </>
                ) : (
                  <Descriptions.Item label="本机构" span={2}>
                    本次公布未列出本机构
                  </Descriptions.Item>
                )}
              </Descriptions>
              <Space style={{ marginTop: 12 }}>
                <a href={p.announcementUrl} target="_blank" rel="noreferrer">
                  打印公告
                </a>
                <a href={p.csvUrl}>下载结果表（CSV）</a>
              </Space>
            </Card>
          );
        })
      )}
      <Typography.Title level={3}>评定结果</Typography.Title>
      {results.length === 0 ? (
        <Empty description={`${year}年度尚无本机构的评定结果`} />
      ) : (
        results.map((r, i) => (
          <Card
            key={i}
            style={{ marginBottom: 16 }}
            title={i === 0 ? '最新评定' : `较早的评定（第 ${results.length - i} 次）`}
            data-testid="rating-result"
          >
            <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="总分">{formatDecimal(r.total)}</Descriptions.Item>
              <Descriptions.Item label="等级">{r.grade ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="名次">{r.overallRank ?? '不参与排名'}</Descriptions.Item>
            </Descriptions>
            {r.exclusion && <Typography.Paragraph type="warning">不参与考评和排名：{r.exclusion.wording}</Typography.Paragraph>}
            {r.vetoes.map((v) => (
              <Typography.Paragraph key={v.code} type="danger">
                否决项 {v.code}：{v.wording}
              </Typography.Paragraph>
            ))}
            <Collapse style={{ marginTop: 12 }} items={[{ key: 'trail', label: '查看逐项得分', children: <Trail trail={r.trail} /> }]} />
          </Card>
        ))
      )}
    </>
  );
}
