import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, type UserError } from '../shared/errors';
import { LEVELS, SANCTION_TYPES, label } from '../shared/labels';
import { formatDate } from '../shared/text';
import { PageTitle, YearPicker, errorsOf, useYear } from './common';
import { RecordHonourForm, RecordSanctionForm } from './SanctionForms';

const SanctionsQuery = graphql(`
  query ConsoleSanctions($year: Int!) {
    sanctions(first: 100, filter: { year: $year }) {
      edges {
        node {
          id
          agencyId
          agencyName
          type
          level
          decidedOn
          issuer
          reason
          status
          downgrades {
            publicationId
            year
            status
            proposedGrade
            reason
            downgradePublicationId
          }
        }
      }
    }
    honours(first: 100, filter: { year: $year }) {
      edges {
        node {
          id
          agencyId
          agencyName
          level
          cause
          awardedOn
          issuer
          status
        }
      }
    }
  }
`);

const WithdrawSanctionMutation = graphql(`
  mutation ConsoleWithdrawSanction($input: WithdrawSanctionInput!) {
    withdrawSanction(input: $input) {
      sanction {
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

const WithdrawHonourMutation = graphql(`
  mutation ConsoleWithdrawHonour($input: WithdrawHonourInput!) {
    withdrawHonour(input: $input) {
      honour {
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

const status = (s: string) => (s === 'active' ? <Tag color="green">有效</Tag> : <Tag>已撤回</Tag>);

/** 处罚与表彰: the year's sanctions (type, level, date, issuer, cause) and honours (level, cause, date), recorded and withdrawn. */
export function SanctionsPage() {
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SanctionsQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching: w1 }, withdrawSanction] = useMutation(WithdrawSanctionMutation);
  const [{ fetching: w2 }, withdrawHonour] = useMutation(WithdrawHonourMutation);
  const agency = (row: { agencyId: string; agencyName: string }) => (
    <Link to={`/agencies/${row.agencyId}?year=${year}`}>{row.agencyName}</Link>
  );
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const withdrawButton = (run: () => Promise<UserError[]>, what: string) => (
    <Popconfirm
      title={`撤回这条${what}？撤回后不再计分。`}
      okText="撤回"
      cancelText="取消"
      onConfirm={async () => {
        const list = await run();
        setErrors(list);
        if (!list.length) reload();
      }}
    >
      <Button size="small" loading={w1 || w2}>
        撤回
      </Button>
    </Popconfirm>
  );
  return (
    <>
      <PageTitle>处罚与表彰</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <YearPicker year={year} onChange={setYear} />
      </Space>
      <ErrorAlert error={error} />
      <FormErrors errors={errors} />
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Card title="处罚（约谈、通报批评、不良信息、立案处罚、多处挂靠）">
          <Table
            aria-label="处罚"
            rowKey="id"
            size="small"
            loading={fetching}
            pagination={false}
            dataSource={data?.sanctions?.edges.flatMap((e) => (e ? [e.node] : [])) ?? []}
            locale={{ emptyText: '本年度暂无处罚' }}
            columns={[
              { title: '机构', render: (_, s) => agency(s) },
              { title: '类型', render: (_, s) => label(SANCTION_TYPES, s.type) },
              { title: '级别', render: (_, s) => label(LEVELS, s.level) },
              { title: '生效日期', render: (_, s) => formatDate(s.decidedOn) },
              { title: '决定机关', dataIndex: 'issuer' },
              { title: '事由', dataIndex: 'reason' },
              { title: '状态', render: (_, s) => status(s.status) },
              {
                title: '动态调整',
                render: (_, s) =>
                  s.downgrades.length === 0
                    ? '—'
                    : s.downgrades
                        .map((d) =>
                          d.status === 'proposed'
                            ? `${d.year}年度公布：建议${d.proposedGrade ?? ''}（待确认）`
                            : d.status === 'confirmed'
                              ? `${d.year}年度公布：已确认调整，调整公告第 ${d.downgradePublicationId ?? ''} 号`
                              : `${d.year}年度公布：不予调整（${d.reason ?? ''}）`,
                        )
                        .join('；'),
              },
              {
                title: '操作',
                render: (_, s) =>
                  s.status === 'active' &&
                  withdrawButton(async () => {
                    const r = await withdrawSanction({ input: { id: s.id, reason: '录入有误' } });
                    return errorsOf(r.data?.withdrawSanction, r.error);
                  }, '处罚'),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            记录处罚
          </Typography.Title>
          <RecordSanctionForm year={year} onSaved={reload} />
        </Card>
        <Card title="表彰">
          <Table
            aria-label="表彰"
            rowKey="id"
            size="small"
            loading={fetching}
            pagination={false}
            dataSource={data?.honours?.edges.flatMap((e) => (e ? [e.node] : [])) ?? []}
            locale={{ emptyText: '本年度暂无表彰' }}
            columns={[
              { title: '机构', render: (_, h) => agency(h) },
              { title: '级别', render: (_, h) => label(LEVELS, h.level) },
              { title: '表彰事由', dataIndex: 'cause' },
              { title: '表彰日期', render: (_, h) => formatDate(h.awardedOn) },
              { title: '表彰机关', dataIndex: 'issuer' },
              { title: '状态', render: (_, h) => status(h.status) },
              {
                title: '操作',
                render: (_, h) =>
                  h.status === 'active' &&
                  withdrawButton(async () => {
                    const r = await withdrawHonour({ input: { id: h.id, reason: '录入有误' } });
                    return errorsOf(r.data?.withdrawHonour, r.error);
                  }, '表彰'),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            记录表彰
          </Typography.Title>
          <RecordHonourForm year={year} onSaved={reload} />
        </Card>
      </Space>
    </>
  );
}
