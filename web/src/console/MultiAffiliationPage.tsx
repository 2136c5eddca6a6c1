import { useState } from 'react';
import { Alert, Button, DatePicker, Skeleton, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, userErrorsOf, type UserError } from '../shared/errors';
import { PageTitle, YearPicker, useYear } from './common';

const ProposalsQuery = graphql(`
  query ConsoleMultiAffiliationProposals($year: Int!) {
    multiAffiliationProposals(year: $year) {
      agencyId
      agencyName
      rule
      people {
        name
        otherAgencies {
          id
          name
        }
      }
    }
    tenant {
      name
    }
  }
`);

const RecordMultiAffiliation = graphql(`
  mutation ConsoleRecordMultiAffiliation($input: RecordSanctionInput!) {
    recordSanction(input: $input) {
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

/**
 * 挂靠核查: agencies with a person active in another agency (the same ID number), proposed as 多处挂靠 where
 * the year's scheme deducts for it (泉州 22.2); nothing counts until a person confirms by recording it.
 */
export function MultiAffiliationPage() {
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProposalsQuery, variables: { year } });
  const [state, record] = useMutation(RecordMultiAffiliation);
  const [errors, setErrors] = useState<UserError[]>([]);
  // the day the 多处挂靠 is established: today, or the last day of a past year being reviewed
  const [decidedOn, setDecidedOn] = useState<Dayjs | null>(null);
  const defaultDay = year >= dayjs().year() ? dayjs() : dayjs(`${year}-12-31`);
  const day = decidedOn ?? defaultDay;
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const proposals = data?.multiAffiliationProposals ?? [];
  return (
    <>
      <PageTitle>挂靠核查</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker
          year={year}
          onChange={(y) => {
            setDecidedOn(null);
            setYear(y);
          }}
        />
        <label htmlFor="decided-on">认定日期</label>
        <DatePicker id="decided-on" value={day} onChange={(d) => setDecidedOn(d)} allowClear={false} />
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="系统按身份证号（加密比对）发现同时在多家机构执业的人员。确认属实后记录“多处挂靠”，方计入考评；未确认前不扣分。"
      />
      <FormErrors errors={errors} />
      <Table
        aria-label="挂靠核查"
        rowKey="agencyId"
        pagination={false}
        dataSource={proposals}
        locale={{ emptyText: '本年度没有待确认的多处挂靠（或本年度方案不对多处挂靠扣分）' }}
        columns={[
          {
            title: '机构',
            dataIndex: 'agencyName',
            render: (n: string, p) => <Link to={`/agencies/${p.agencyId}?year=${year}`}>{n}</Link>,
          },
          {
            title: '人员及同时执业的机构',
            render: (_, p) =>
              p.people.map((person) => (
                <div key={person.name}>
                  {person.name}：{person.otherAgencies.map((a) => a.name).join('、')}
                </div>
              )),
          },
          { title: '方案条款', dataIndex: 'rule' },
          {
            title: '操作',
            render: (_, p) => (
              <Button
                size="small"
                type="primary"
                loading={state.fetching}
                aria-label={`确认多处挂靠 ${p.agencyName}`}
                onClick={async () => {
                  const result = await record({
                    input: {
                      agencyId: p.agencyId,
                      year,
                      type: 'multiAffiliation',
                      level: 'city',
                      decidedOn: day.format('YYYY-MM-DD'),
                      issuer: data?.tenant?.name ?? '应急管理局',
                      reason: `从业人员多处挂靠：${p.people
                        .map((person) => `${person.name}同时在${person.otherAgencies.map((a) => a.name).join('、')}执业`)
                        .join('；')}`,
                    },
                  });
                  const list = result.data?.recordSanction.errors.length ? result.data.recordSanction.errors : userErrorsOf(result.error);
                  setErrors(list);
                  if (!list.length) refetch({ requestPolicy: 'network-only' });
                }}
              >
                确认并记录
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
