import { useState } from 'react';
import { Button, Card, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { AdminOnly, PageTitle, errorsOf, newKey, useViewer } from './common';

const AgencyFormOptionsQuery = graphql(`
  query ConsoleAgencyFormOptions {
    agencyCategories {
      code
      label
    }
    districts {
      code
      name
    }
  }
`);

const AgencyToEditQuery = graphql(`
  query ConsoleAgencyToEdit($id: ID!) {
    agency(id: $id) {
      id
      name
      creditCode
      category
      qualifications
      officeArea
      version
      districts {
        code
      }
    }
  }
`);

const RegisterAgencyMutation = graphql(`
  mutation ConsoleRegisterAgency($input: RegisterAgencyInput!) {
    registerAgency(input: $input) {
      agency {
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

const UpdateAgencyMutation = graphql(`
  mutation ConsoleUpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      agency {
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

interface AgencyFields {
  creditCode: string;
  name: string;
  category: string | undefined;
  qualifications: string;
  officeArea: string;
  districts: string[];
  accountUser: string;
  reason: string;
}

/** 登记机构 (bureau admins): a new agency of the city with its category, qualifications, office area and districts. */
export function RegisterAgencyPage() {
  return <AgencyFormPage />;
}

/** 修改登记信息 (bureau admins): the agency's registration, with the version read and the reason kept in its history. */
export function EditAgencyPage() {
  const { id = '' } = useParams();
  return <AgencyFormPage id={id} />;
}

function AgencyFormPage({ id }: { id?: string }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data: options, error: optionsError }] = useQuery({ query: AgencyFormOptionsQuery, requestPolicy: 'cache-and-network' });
  const [{ data, fetching, error }] = useQuery({
    query: AgencyToEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [form] = Form.useForm<AgencyFields>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [key] = useState(newKey);
  const [{ fetching: registering }, register] = useMutation(RegisterAgencyMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateAgencyMutation);
  if (!viewer.isAdmin && !viewer.isCountyAdmin) return <AdminOnly />;
  if (id && fetching && !data) return <Skeleton active />;
  const agency = data?.agency;
  if (id && !fetching && !agency) return <Typography.Paragraph>机构不存在。</Typography.Paragraph>;
  const initial: AgencyFields = {
    creditCode: agency?.creditCode ?? '',
    name: agency?.name ?? '',
    category: agency?.category ?? undefined,
    qualifications: agency?.qualifications ?? '',
    officeArea: agency?.officeArea != null ? String(agency.officeArea) : '',
    districts: agency?.districts.map((d) => d.code) ?? [],
    accountUser: '',
    reason: '',
  };
  return (
    <>
      <PageTitle>{id ? `修改登记信息：${agency?.name ?? ''}` : '登记机构'}</PageTitle>
      <ErrorAlert error={optionsError ?? error} />
      <Card style={{ maxWidth: 720 }}>
        <FormErrors errors={errors} />
        <Form
          form={form}
          layout="vertical"
          initialValues={initial}
          key={agency?.id ?? 'new'}
          onFinish={async (v) => {
            const fields = {
              name: v.name,
              category: v.category ?? '',
              qualifications: v.qualifications || null,
              officeArea: v.officeArea || null,
              districts: v.districts,
              accountUser: v.accountUser || null,
            };
            let list: UserError[];
            let saved: string | undefined;
            if (agency) {
              const result = await update({ input: { ...fields, id: agency.id, version: agency.version, reason: v.reason || null } });
              list = errorsOf(result.data?.updateAgency, result.error);
              saved = result.data?.updateAgency.agency?.id;
            } else {
              const result = await register({ input: { ...fields, creditCode: v.creditCode, idempotencyKey: key } });
              list = errorsOf(result.data?.registerAgency, result.error);
              saved = result.data?.registerAgency.agency?.id;
            }
            if (list.length) return setErrors(showFieldErrors(form, list));
            navigate(`/agencies/${saved}${location.search}`);
          }}
        >
          {!id && (
            <Form.Item label="统一社会信用代码" name="creditCode" rules={[{ required: true, message: '请填写统一社会信用代码' }]}>
              <Input maxLength={18} style={{ width: 260 }} />
            </Form.Item>
          )}
          <Form.Item label="机构名称" name="name" rules={[{ required: true, message: '请填写机构名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="机构类别" name="category" rules={[{ required: true, message: '请选择机构类别' }]}>
            <Select style={{ width: 200 }} options={(options?.agencyCategories ?? []).map((c) => ({ value: c.code, label: c.label }))} />
          </Form.Item>
          <Form.Item label="资质" name="qualifications">
            <Input placeholder="如：安全评价甲级" />
          </Form.Item>
          <Form.Item label="办公面积（平方米）" name="officeArea">
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="服务区县" name="districts">
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={(options?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))}
              placeholder="选择区县（可输入名称查找）"
            />
          </Form.Item>
          <Form.Item label="机构账号（用户名，可不填）" name="accountUser">
            <Input style={{ width: 260 }} autoComplete="off" />
          </Form.Item>
          {id && (
            <Form.Item label="修改原因" name="reason">
              <Input />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={registering || updating}>
            {registering || updating ? '正在提交…' : id ? '保存' : '登记'}
          </Button>
        </Form>
      </Card>
    </>
  );
}
