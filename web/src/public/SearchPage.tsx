import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { LazyChart as Chart } from '../shared/LazyChart';
import { Highlighted, formatDecimal } from '../shared/text';
import { useCities } from './cities';
import { FILTERS, PublicRatingsQuery, searchVariables, type FilterName } from './queries';
import {
  Button,
  Card,
  Col,
  Empty,
  ErrorAlert,
  Field,
  Input,
  List,
  ListItem,
  Paragraph,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Title,
} from './ui';

const FILTER_LABELS: Record<FilterName, string> = { tenant: '城市', district: '区县', category: '机构类别', grade: '等级', year: '年度' };

/**
 * Search across every city's published ratings: words (highlighted in the hits), filters by city,
 * district, category, grade and year with the counts of the matches (facets), and the grade
 * distribution of the matches as a chart. Everything lives in the address, so a search can be shared.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const { cities } = useCities();
  const query = params.get('q') ?? '';
  const variables = useMemo(() => searchVariables(params), [params]);
  const filter = variables.filter;
  const [{ data, fetching, error }] = useQuery({ query: PublicRatingsQuery, variables });
  const result = data?.publicRatings;
  const facet = (name: string) => result?.facets.find((f) => f.name === name)?.buckets ?? [];

  function set(name: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === 'tenant') next.delete('district');
    next.delete('after');
    setParams(next);
  }

  const selectedCity = cities.find((c) => c.code === filter.tenant);
  const districtLabel = (key: string) => selectedCity?.districts.find((d) => d.code === key)?.name;
  const grades = facet('grade');
  const chart = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: grades.map((b) => b.label ?? b.key) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '机构数', data: grades.map((b) => b.count), itemStyle: { color: '#1d5fbf' } }],
    }),
    [grades],
  );

  return (
    <>
      <Title level={2}>查询机构考评结果</Title>
      <SearchBox key={query} query={query} onSearch={(q) => set('q', q || undefined)} />
      <Space wrap style={{ marginBottom: 16 }} role="group" aria-label="筛选">
        {FILTERS.map((name) => {
          const buckets = facet(name);
          const value = params.get(name) ?? '';
          const options = buckets.map((b) => ({
            value: b.key,
            label: `${(name === 'district' ? districtLabel(b.key) : undefined) ?? b.label ?? b.key}（${b.count}）`,
          }));
          if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
          return (
            <label key={name}>
              <span style={{ marginRight: 4 }}>{FILTER_LABELS[name]}</span>
              <Select
                aria-label={FILTER_LABELS[name]}
                data-testid={`filter-${name}`}
                style={{ width: 'auto', minWidth: 150 }}
                placeholder="全部"
                value={value}
                options={options}
                onChange={(v) => set(name, v || undefined)}
              />
            </label>
          );
        })}
      </Space>
      <ErrorAlert error={error} />
      {fetching && !data && <Skeleton />}
      {result && (
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Paragraph aria-live="polite">共找到 {result.total} 条公布结果</Paragraph>
            {result.hits.length === 0 ? (
              <Empty description="没有符合条件的结果" />
            ) : (
              <List aria-label="搜索结果">
                {result.hits.map((hit) => {
                  const name = hit.highlights.find((h) => h.field === 'agencyName');
                  return (
                    <ListItem
                      key={`${hit.publicationId}-${hit.agencyId}`}
                      title={
                        <Link to={`/agencies/${hit.tenant}/${hit.agencyId}`}>
                          {name ? <Highlighted fragment={name.fragments[0]} /> : hit.agencyName}
                        </Link>
                      }
                      description={
                        <Space wrap>
                          <Tag color="blue">{hit.cityName}</Tag>
                          {hit.creditCode && <span>统一社会信用代码 {hit.creditCode}</span>}
                          {hit.districtName && <span>{hit.districtName}</span>}
                          {hit.categoryLabel && <span>{hit.categoryLabel}</span>}
                          <span>{hit.year}年度</span>
                          <Tag color="green">{hit.publishedGrade}</Tag>
                          {hit.rank != null && <span>第{hit.rank}名</span>}
                          {hit.total != null && <span>{formatDecimal(hit.total)}分</span>}
                          <Link to={`/announcements/view/${hit.publicationId}`}>{hit.publicationTitle}</Link>
                        </Space>
                      }
                    >
                      {hit.highlights
                        .filter((h) => h.field !== 'agencyName')
                        .flatMap((h) => h.fragments)
                        .map((f, i) => (
                          <div key={i}>
                            <Highlighted fragment={f} />
                          </div>
                        ))}
                    </ListItem>
                  );
                })}
              </List>
            )}
            <Space style={{ marginTop: 16 }}>
              {variables.after && <Button onClick={() => set('after', undefined)}>回到第一页</Button>}
              {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                <Button onClick={() => set('after', result.pageInfo.endCursor ?? undefined)} loading={fetching}>
                  下一页
                </Button>
              )}
            </Space>
          </Col>
          <Col xs={24} lg={8}>
            <Card title={selectedCity ? `${selectedCity.name}等级分布` : '等级分布'} size="small">
              {grades.length > 0 ? (
                <>
                  <Chart
                    option={chart}
                    label={`等级分布：${grades.map((b) => `${b.label ?? b.key} ${b.count} 家`).join('，')}`}
                    height={240}
                  />
                  <ul aria-label="等级分布数据" style={{ paddingInlineStart: 20 }}>
                    {grades.map((b) => (
                      <li key={b.key}>
                        {b.label ?? b.key}：{b.count} 家
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <Empty description="暂无数据" />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

/** The words searched for: sent (trimmed) with the button or Enter; the search box's clear button empties it. */
function SearchBox({ query, onSearch }: { query: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(query);
  return (
    <form
      role="search"
      className="ui-form-inline"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(q.trim());
      }}
    >
      <Field label="关键词" htmlFor="search-q" style={{ flex: 1, minWidth: 260 }}>
        <Input id="search-q" type="search" value={q} onChange={setQ} placeholder="机构名称、统一社会信用代码、区县、类别" />
      </Field>
      <Button type="primary" htmlType="submit">
        搜索
      </Button>
    </form>
  );
}
