import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { PublicNoticePageQuery } from '../gql/graphql';
import { Later } from '../shared/Later';
import { userErrorsOf, type UserError } from '../shared/errorText';
import { formatDate, formatDecimal } from '../shared/text';
import { PublicNoticeQuery } from './queries';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  DescriptionsItem,
  ErrorAlert,
  Field,
  FormErrors,
  Input,
  Paragraph,
  Result,
  Select,
  Skeleton,
  Table,
  Text,
  TextArea,
  Title,
  required,
  useForm,
  type Column,
} from './ui';

const FileObjection = graphql(`
  mutation FileObjection($input: FileObjectionInput!) {
    fileObjection(input: $input) {
      trackingCode
      objection {
        statusText
        agency {
          name
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Entry = NonNullable<PublicNoticePageQuery['publicNotice']>['entries'][number];

/**
 * The list's columns: the rank within its group too where the city ranks its agencies in groups, and, while the notice
 * is open, a button that starts an objection to that agency (`object`).
 */
function columns(entries: Entry[], object?: (entry: Entry) => void): Column<Entry>[] {
  return [
    { title: '名次', dataIndex: 'overallRank', width: 80 },
    { title: '机构名称', dataIndex: 'agencyName' },
    { title: '总分', dataIndex: 'total', width: 100, render: (v) => formatDecimal(v) },
    { title: '等级', dataIndex: 'grade', width: 100 },
    ...(entries.some((e) => e.groupKey)
      ? [
          {
            title: '组内名次',
            key: 'group',
            width: 140,
            render: (_: unknown, e: Entry) => (e.groupKey ? `${e.groupKey} 第${e.groupRank}名` : ''),
          },
        ]
      : []),
    ...(object
      ? [
          {
            title: '异议',
            key: 'object',
            width: 110,
            render: (_: unknown, e: Entry) => (
              <Button type="link" aria-label={`对${e.agencyName}提出异议`} onClick={() => object(e)} style={{ padding: 0 }}>
                提出异议
              </Button>
            ),
          },
        ]
      : []),
  ];
}

/** A city's public notice (公示) of a year: the draft results and, while it lasts, the objection form. */
export function NoticePage() {
  const { tenant = '', year = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: PublicNoticeQuery,
    variables: { tenant, year: Number(year) },
    pause: !/^\d{4}$/.test(year),
  });
  const notice = data?.publicNotice;
  // the agency a visitor chose in the list (its row's 提出异议): the form below takes it (`n` tells a second click apart)
  const [chosen, setChosen] = useState<{ agencyId: string; n: number }>();
  if (!/^\d{4}$/.test(year)) {
    return <Result status="404" title="年度有误" />;
  }
  if (fetching && !data) {
    return <Skeleton />;
  }
  if (error) {
    return <ErrorAlert error={error} />;
  }
  if (!notice) {
    return <Result status="404" title={`该市${year}年度没有公示`} extra={<Link to="/">返回首页</Link>} />;
  }
  return (
    <>
      <Title level={2}>
        {notice.tenantName}
        {notice.year}年度安全生产技术服务机构诚信考评结果公示
      </Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <DescriptionsItem label="公示期">
          {formatDate(notice.startsOn)} 至 {formatDate(notice.endsOn)}
        </DescriptionsItem>
        <DescriptionsItem label="状态">{notice.open ? '公示中' : notice.message}</DescriptionsItem>
      </Descriptions>
      {notice.open ? (
        <>
          <Table
            rowKey="agencyId"
            size="middle"
            dataSource={notice.entries}
            aria-label="公示名单"
            columns={columns(notice.entries, (e) => setChosen((c) => ({ agencyId: e.agencyId, n: (c?.n ?? 0) + 1 })))}
          />
          {/* the form under the list: drawn once the list shows */}
          <Later>
            <ObjectionCard tenant={tenant} year={notice.year} entries={notice.entries} chosen={chosen} />
          </Later>
        </>
      ) : (
        <Alert type="info" title={notice.message ?? '公示期外不显示名单'} />
      )}
    </>
  );
}

function ObjectionCard({
  tenant,
  year,
  entries,
  chosen,
}: {
  tenant: string;
  year: number;
  entries: { agencyId: string; agencyName: string }[];
  chosen?: { agencyId: string; n: number };
}) {
  const form = useForm('objection', { agencyId: '', reason: '', name: '', contact: '' });
  const { set } = form;
  // an agency chosen in the list above: picked in the form, and the reason is the next thing to write (a notice lists
  // hundreds of agencies: finding one in the list is easier than in the form's drop-down)
  useEffect(() => {
    if (!chosen) return;
    set('agencyId', chosen.agencyId);
    document.getElementById('objection-reason')?.focus();
  }, [chosen, set]);
  const [{ fetching }, file] = useMutation(FileObjection);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [filed, setFiled] = useState<{ code: string; agency: string; status: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!form.validate({ agencyId: required('请选择异议机构'), reason: required('请填写异议理由') })) return;
    const values = form.values;
    const result = await file({
      input: {
        tenant,
        year,
        agencyId: values.agencyId,
        reason: values.reason,
        name: values.name.trim() || null,
        contact: values.contact.trim() || null,
      },
    });
    const payload = result.data?.fileObjection;
    const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (errors.length > 0) {
      setFormErrors(form.showUserErrors(errors));
      return;
    }
    if (payload?.trackingCode) {
      setFiled({ code: payload.trackingCode, agency: payload.objection?.agency.name ?? '', status: payload.objection?.statusText ?? '' });
    }
  }

  if (filed) {
    return (
      <Card style={{ marginTop: 24 }}>
        <Result
          status="success"
          title="异议已提交"
          subTitle={`对 ${filed.agency} 的异议，当前状态：${filed.status}`}
          extra={
            <>
              <Paragraph>
                查询码：
                <Text strong copyable data-testid="objection-tracking-code">
                  {filed.code}
                </Text>
                （请妥善保存，凭此码查询处理结果）
              </Paragraph>
              <Link to={`/objections/track?code=${filed.code}`}>查询处理进度</Link>
            </>
          }
        />
      </Card>
    );
  }
  return (
    <Card title="对公示结果提出异议" style={{ marginTop: 24 }}>
      <Paragraph type="secondary">公示期内，任何单位和个人均可对公示结果提出异议。可以不留姓名；留下联系方式便于我们核实情况。</Paragraph>
      <FormErrors errors={formErrors} />
      <form noValidate onSubmit={(e) => void submit(e)} style={{ maxWidth: 640 }}>
        <Field label="异议机构" required {...form.field('agencyId')}>
          <Select
            {...form.bind('agencyId')}
            placeholder="选择公示名单中的机构"
            options={entries.map((e) => ({ value: e.agencyId, label: e.agencyName }))}
          />
        </Field>
        <Field label="异议理由" required extra="5 至 2000 字，请写明事实和依据" {...form.field('reason')}>
          <TextArea {...form.bind('reason')} rows={5} maxLength={2000} showCount />
        </Field>
        <Field label="姓名（选填）" {...form.field('name')}>
          <Input {...form.bind('name')} maxLength={100} autoComplete="name" />
        </Field>
        <Field label="联系电话或电子邮箱（选填）" {...form.field('contact')}>
          <Input {...form.bind('contact')} maxLength={100} autoComplete="tel" />
        </Field>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {fetching ? '正在提交…' : '提交异议'}
        </Button>
      </form>
    </Card>
  );
}
