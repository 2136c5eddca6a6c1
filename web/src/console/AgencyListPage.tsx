import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/errors';
import { PageTitle, useViewer } from './common';
import { AgenciesQuery } from './queries';

/** 机构管理: the tenant's agencies, filtered by name and category, 50 at a time. */
export function AgenciesPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<{ nameContains?: string; category?: string }>({});
  const [after, setAfter] = useState<string[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: AgenciesQuery,
    variables: { first: 50, after: after[after.length - 1] ?? null, filter },
  });
  const [form] = Form.useForm<{ nameContains: string; category: string }>();
  const connection = data?.agencies;
  return (
    <>
      <PageTitle>机构管理</PageTitle>
      {viewer.isCounty && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          data-testid="county-scope"
          title={`区县用户：只显示在${viewer.districtName ?? viewer.district ?? ''}从业的机构（分级属地监管）`}
        />
      )}
      {(viewer.isAdmin || viewer.isCountyAdmin) && (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => navigate('/agencies/new')}>
            登记机构
          </Button>
          {viewer.isAdmin && <Button onClick={() => navigate('/import')}>从表格导入</Button>}
        </Space>
      )}
      <Form
        form={form}
        layout="inline"
        initialValues={{ nameContains: '', category: '' }}
        onFinish={(values) => {
          setAfter([]);
          setFilter({ nameContains: values.nameContains || undefined, category: values.category || undefined });
        }}
        style={{ marginBottom: 16 }}
      >
        <Form.Item label="机构名称" name="nameContains">
          <Input allowClear placeholder="名称中的字词" />
        </Form.Item>
        <Form.Item label="类别" name="category">
          <Select
            style={{ width: 160 }}
            options={[{ value: '', label: '全部' }, ...(data?.agencyCategories ?? []).map((c) => ({ value: c.code, label: c.label }))]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Table
        aria-label="机构列表"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={connection?.edges.flatMap((e) => (e ? [e.node] : [])) ?? []}
        columns={[
          { title: '机构名称', dataIndex: 'name', render: (name: string, a) => <Link to={`/agencies/${a.id}`}>{name}</Link> },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '类别', dataIndex: 'categoryLabel' },
          { title: '服务区县', render: (_, a) => a.districts.map((d) => d.name).join('、') },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => (s === 'active' ? <Tag color="green">正常</Tag> : <Tag>已注销</Tag>),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={after.length === 0} onClick={() => setAfter(after.slice(0, -1))}>
          上一页
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => connection?.pageInfo.endCursor && setAfter([...after, connection.pageInfo.endCursor])}
        >
          下一页
        </Button>
      </Space>
    </>
  );
}
