import { useState } from 'react';
import { Alert, Button, Descriptions, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { PageTitle, YearPicker, errorsOf, useViewer, useYear } from './common';

const CountyRatingsQuery = graphql(`
  query ConsoleCountyRatings($year: Int!) {
    countyRatings(year: $year) {
      id
      status
      districtCode
      districtName
      schemeVersion
      agencies
      ranked
      incomplete
      ratedBy
      ratedAt
      filedBy
      filedAt
      supersedesId
      supersededById
    }
  }
`);

const CountyRatingQuery = graphql(`
  query ConsoleCountyRating($id: ID!) {
    countyRating(id: $id) {
      id
      status
      districtName
      year
      schemeVersion
      checksum
      entries {
        agencyId
        agencyName
        creditCode
        total
        grade
        rank
        exclusion
        problems
        lists
      }
      lists {
        code
        title
        wording
        agencies {
          agencyId
          agencyName
          creditCode
          total
          grade
          rank
        }
      }
    }
  }
`);

const RateCounty = graphql(`
  mutation ConsoleRateCounty($input: RateCountyInput!) {
    rateCounty(input: $input) {
      rating {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const FileCountyRating = graphql(`
  mutation ConsoleFileCountyRating($input: FileCountyRatingInput!) {
    fileCountyRating(input: $input) {
      rating {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const COUNTY_RATING_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: '草稿（未公布）', color: 'gold' },
  filed: { label: '已公布并报市局备案', color: 'green' },
};

/**
 * 区县评定 (泉应急〔2023〕64号 五(二): 县级应急管理部门……评出服务好的机构10-20家，服务差的机构10家……评价结果报送市应急局备案;
 * 苏州 7.2: 县级市（区）应急管理部门……开展评定). A county admin rates its district and publishes the result, which files it
 * with the city; the city's staff see every district's filed results.
 */
export function CountyRatingsPage() {
  const [year, setYear] = useYear();
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CountyRatingsQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [picked, setPicked] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [rateState, rate] = useMutation(RateCounty);
  const [fileState, file] = useMutation(FileCountyRating);
  const ratings = data?.countyRatings ?? [];
  const selected = picked && ratings.some((r) => r.id === picked) ? picked : (ratings[0]?.id ?? null);
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>{viewer.isCounty ? '区县评定' : '区县评定备案'}</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker year={year} onChange={setYear} />
        {viewer.isCounty && <Tag color="blue">{viewer.districtName ?? viewer.district}</Tag>}
        {viewer.isCountyAdmin && (
          <Button
            type="primary"
            loading={rateState.fetching}
            onClick={async () => {
              const result = await rate({ input: { year } });
              const list = errorsOf(result.data?.rateCounty, result.error);
              setErrors(list);
              if (!list.length) {
                setPicked(result.data?.rateCounty.rating?.id ?? null);
                refresh();
              }
            }}
          >
            评定本辖区机构
          </Button>
        )}
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          viewer.isCounty
            ? '按市局当年启用的考评方案对本辖区在册机构进行综合评价，在本辖区内排名并按方案的公布规则产生名单；公布后即报市局备案，不能再修改。'
            : '各区县公布并报备的评定结果（草稿不报送市局）。'
        }
      />
      <FormErrors errors={errors} />
      {error && <ErrorAlert error={error} />}
      {fetching && !data && <Skeleton active />}
      <div data-testid="county-ratings">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={ratings}
          locale={{ emptyText: viewer.isCounty ? '本年度尚未评定' : '本年度尚无区县报备的评定结果' }}
          rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
          onRow={(r) => ({ onClick: () => setPicked(r.id) })}
          columns={[
            { title: '编号', dataIndex: 'id' },
            { title: '区县', dataIndex: 'districtName' },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string, r) => (
                <>
                  <Tag color={COUNTY_RATING_STATUS[s]?.color}>{COUNTY_RATING_STATUS[s]?.label ?? s}</Tag>
                  {r.supersededById && <Tag>已被第 {r.supersededById} 号替代</Tag>}
                  {r.supersedesId && <Tag color="blue">替代第 {r.supersedesId} 号</Tag>}
                </>
              ),
            },
            { title: '机构数', dataIndex: 'agencies' },
            { title: '参与排名', dataIndex: 'ranked' },
            { title: '数据不完整', dataIndex: 'incomplete', render: (n: number) => (n ? <Tag color="red">{n} 家</Tag> : '0') },
            { title: '评定', render: (_, r) => `${r.ratedBy} ${formatDateTime(r.ratedAt)}` },
            { title: '公布备案', render: (_, r) => (r.filedAt ? `${r.filedBy} ${formatDateTime(r.filedAt)}` : '—') },
            {
              title: '操作',
              render: (_, r) => (
                <Space>
                  <Button size="small" onClick={() => setPicked(r.id)}>
                    查看 {r.id}
                  </Button>
                  {viewer.isCountyAdmin && r.status === 'draft' && (
                    <Popconfirm
                      title="公布后即报市局备案，不能再修改。确定公布吗？"
                      okText="公布并备案"
                      cancelText="取消"
                      onConfirm={async () => {
                        const result = await file({ input: { id: r.id } });
                        const list = errorsOf(result.data?.fileCountyRating, result.error);
                        setErrors(list);
                        if (!list.length) {
                          setPicked(r.id);
                          refresh();
                        }
                      }}
                    >
                      <Button size="small" type="primary" loading={fileState.fetching}>
                        公布并报市局备案 {r.id}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </div>
      {selected && <CountyRatingDetail id={selected} />}
    </>
  );
}

function CountyRatingDetail({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: CountyRatingQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorAlert error={error} />;
  if (fetching && !data) return <Skeleton active />;
  const rating = data?.countyRating;
  if (!rating) return null;
  return (
    <div data-testid="county-rating-detail" style={{ marginTop: 24 }}>
      <Typography.Title level={4}>
        {rating.districtName} {rating.year}年度评定（第 {rating.id} 号）
      </Typography.Title>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">{COUNTY_RATING_STATUS[rating.status]?.label ?? rating.status}</Descriptions.Item>
        <Descriptions.Item label="考评方案版本">{rating.schemeVersion}</Descriptions.Item>
        <Descriptions.Item label="校验值（SHA-256）" span={2}>
          <Typography.Text code copyable>
            {rating.checksum}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {rating.lists.map((list) => (
        <div key={list.code} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>
            {list.title}（{list.agencies.length} 家）
          </Typography.Title>
          <Typography.Paragraph type="secondary">{list.wording}</Typography.Paragraph>
          <div data-testid={`county-list-${list.code}`}>
            <Table
              rowKey="agencyId"
              size="small"
              pagination={false}
              dataSource={list.agencies}
              locale={{ emptyText: '无' }}
              columns={[
                { title: '排名', dataIndex: 'rank' },
                { title: '机构', dataIndex: 'agencyName' },
                { title: '统一社会信用代码', dataIndex: 'creditCode' },
                { title: '得分', dataIndex: 'total' },
                { title: '等级', dataIndex: 'grade' },
              ]}
            />
          </div>
        </div>
      ))}
      <Typography.Title level={5}>全部机构</Typography.Title>
      <div data-testid="county-entries">
        <Table
          rowKey="agencyId"
          size="small"
          pagination={{ pageSize: 50 }}
          dataSource={rating.entries}
          columns={[
            { title: '排名', dataIndex: 'rank', render: (r: number | null) => r ?? '—' },
            { title: '机构', dataIndex: 'agencyName' },
            { title: '得分', dataIndex: 'total', render: (t: string | null) => t ?? '—' },
            { title: '等级', dataIndex: 'grade', render: (g: string | null) => g ?? '—' },
            {
              title: '说明',
              render: (_, e) =>
                e.problems ? (
                  <Tag color="red">数据不完整：{e.problems}</Tag>
                ) : e.exclusion ? (
                  <Tag>不参与考评和排名（{e.exclusion}）</Tag>
                ) : (
                  e.lists.map((code) => <Tag key={code}>{rating.lists.find((l) => l.code === code)?.title ?? code}</Tag>)
                ),
            },
          ]}
        />
      </div>
    </div>
  );
}
