import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { LazyChart as Chart } from '../shared/LazyChart';
import { useCities } from './cities';
import { PublicRatingsQuery, cityYearVariables } from './queries';
import {
  Card,
  Col,
  Descriptions,
  DescriptionsItem,
  Empty,
  ErrorAlert,
  Paragraph,
  Result,
  Row,
  Segmented,
  Skeleton,
  Space,
  Title,
} from './ui';

/** A city: its notice, its announcements and the grade distribution of a published year (search facets). */
export function CityPage() {
  const { tenant = '' } = useParams();
  const { cities, fetching, error } = useCities();
  const city = cities.find((c) => c.code === tenant);
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? city?.publishedYears[0] ?? null;
  const [{ data, error: ratingsError }] = useQuery({
    query: PublicRatingsQuery,
    variables: cityYearVariables(tenant, shownYear),
    pause: shownYear == null,
  });
  const grades = useMemo(() => data?.publicRatings.facets.find((f) => f.name === 'grade')?.buckets ?? [], [data]);
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}\n{c} 家' },
          data: grades.map((b) => ({ name: b.label ?? b.key, value: b.count })),
        },
      ],
    }),
    [grades],
  );
  if (fetching && cities.length === 0) return <Skeleton />;
  if (error) return <ErrorAlert error={error} />;
  if (!city) return <Result status="404" title="未找到该城市" extra={<Link to="/">返回首页</Link>} />;
  return (
    <>
      <Title level={2}>{city.name}</Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <DescriptionsItem label="考评机关">{city.bureauName ?? '—'}</DescriptionsItem>
        <DescriptionsItem label="公示">
          {city.openNoticeYear ? (
            <Link to={`/notices/${city.code}/${city.openNoticeYear}`}>{city.openNoticeYear}年度评定结果公示中，查看并提出异议</Link>
          ) : (
            '当前没有正在进行的公示'
          )}
        </DescriptionsItem>
      </Descriptions>
      <Space wrap style={{ marginBottom: 16 }}>
        <Link to={`/search?tenant=${city.code}`} className="ui-button ui-button-primary">
          查询本市机构
        </Link>
        {[
          [`/complaints/new?city=${city.code}`, '投诉本市机构'],
          [`/draws/${city.code}`, '双随机抽查公示'],
          [`/counties/${city.code}`, '区县评定结果'],
          [`/exams/${city.code}`, '抽考成绩公示'],
        ].map(([to, label]) => (
          <Link key={to} to={to} className="ui-button ui-button-default">
            {label}
          </Link>
        ))}
      </Space>
      <Row gutter={24}>
        <Col xs={24} md={10}>
          <Card size="small" title="历年公告">
            {city.publishedYears.length === 0 ? (
              <Empty description="尚无公布结果" />
            ) : (
              <ul style={{ paddingInlineStart: 20 }}>
                {city.publishedYears.map((y) => (
                  <li key={y}>
                    <Link to={`/announcements/${city.code}/${y}`}>{y}年度考评结果公告</Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card
            size="small"
            title={shownYear ? `${shownYear}年度公布等级分布` : '公布等级分布'}
            extra={
              city.publishedYears.length > 1 && (
                <Segmented
                  aria-label="年度"
                  name="year"
                  value={`${shownYear ?? ''}`}
                  options={city.publishedYears.map((y) => ({ value: `${y}`, label: `${y}` }))}
                  onChange={(v) => setYear(Number(v))}
                />
              )
            }
          >
            <ErrorAlert error={ratingsError} />
            {grades.length > 0 ? (
              <>
                <Chart
                  option={chart}
                  label={`${city.name}${shownYear}年度等级分布：${grades.map((b) => `${b.label ?? b.key} ${b.count} 家`).join('，')}`}
                  height={280}
                />
                <Paragraph type="secondary" data-testid="grade-distribution">
                  {grades.map((b) => `${b.label ?? b.key} ${b.count} 家`).join('；')}
                </Paragraph>
              </>
            ) : (
              <Empty description="暂无公布数据" />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
