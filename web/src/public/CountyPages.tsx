import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDateTime } from '../shared/text';
import { useCities } from './cities';
import { PublicCountyRatingsQuery, askedYear, lastYear } from './queries';
import { Card, Empty, ErrorAlert, Paragraph, Skeleton, Table, Text, Title } from './ui';
import { YearInput } from './YearInput';

/**
 * 区县评定结果: what a city's county bureaus rated, published and filed with the city (泉州 五(二) 县级应急管理部门
 * 评出服务好的机构10-20家、服务差的机构10家并在本局官网公布; 苏州 区 星级评定), each district's latest filing.
 */
export function PublicCountyRatingsPage() {
  const { tenant = '' } = useParams();
  const { cities, fetching: citiesFetching } = useCities();
  const city = cities.find((c) => c.code === tenant);
  const [params] = useSearchParams();
  // the year chosen here, else the address's, else the city's newest published year: known only once the cities have
  // come (a visitor arriving at /counties/quanzhou saw last year's filings when the page drew before them)
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? askedYear(params) ?? city?.publishedYears[0] ?? (citiesFetching ? undefined : lastYear());
  const [{ data, fetching, error }] = useQuery({
    query: PublicCountyRatingsQuery,
    variables: { tenant, year: year ?? 0 },
    pause: year === undefined,
  });
  if (error) return <ErrorAlert error={error} />;
  const ratings = data?.publicCountyRatings ?? [];
  return (
    <>
      <Title level={2}>{city?.name ?? tenant} 区县评定结果</Title>
      <Paragraph>
        各县（市、区）应急管理局对本辖区的安全生产技术服务机构进行评定，公布评定结果并报市应急管理局备案。以下为各区县最新备案的结果。
      </Paragraph>
      {year !== undefined && <YearInput id="county-year" value={year} onChange={setChosen} />}
      {year === undefined || (fetching && !data) ? (
        <Skeleton />
      ) : ratings.length === 0 ? (
        <Empty description="本年度没有区县公布的评定结果" />
      ) : (
        ratings.map((r) => (
          <Card
            key={r.id}
            size="small"
            style={{ marginBottom: 16 }}
            title={`${r.districtName} ${r.year}年度评定结果`}
            extra={`公布并备案于 ${formatDateTime(r.filedAt)}`}
            data-testid={`county-rating-${r.districtCode}`}
          >
            {r.lists.map((l) => (
              <div key={l.title} style={{ marginBottom: 12 }}>
                <Title level={5}>{l.title}</Title>
                <Paragraph type="secondary">{l.wording}</Paragraph>
                <Table
                  aria-label={`${r.districtName} ${l.title}`}
                  size="small"
                  rowKey={(e) => `${e.agencyName}:${e.rank ?? ''}`}
                  dataSource={l.agencies}
                  emptyText="无"
                  columns={[
                    { title: '区县排名', dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
                    { title: '机构名称', dataIndex: 'agencyName' },
                    { title: '统一社会信用代码', dataIndex: 'creditCode', render: (v: string | null) => v ?? '—' },
                    { title: '得分', dataIndex: 'total', render: (v: string | null) => v ?? '—' },
                    { title: '等级', dataIndex: 'grade', render: (v: string | null) => v ?? '—' },
                  ]}
                />
              </div>
            ))}
            <Text type="secondary">校验值（SHA-256）：{r.checksum}</Text>
          </Card>
        ))
      )}
    </>
  );
}
