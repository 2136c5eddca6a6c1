import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const PickAgenciesQuery = graphql(`
  query ConsolePickAgencies($name: String) {
    agencies(first: 20, filter: { nameContains: $name }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** An agency of the tenant, found by part of its name (for Form.Item: value is the agency id). */
export function AgencyPicker({
  id,
  value,
  onChange,
  initialName,
}: {
  id?: string;
  value?: string;
  onChange?: (id: string) => void;
  initialName?: string;
}) {
  const [name, setName] = useState(initialName ?? '');
  const [{ data, fetching }] = useQuery({ query: PickAgenciesQuery, variables: { name: name || null } });
  const options = data?.agencies.edges.flatMap((e) => (e ? [{ value: e.node.id, label: e.node.name }] : [])) ?? [];
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={fetching}
      showSearch={{ filterOption: false, onSearch: setName }}
      placeholder="输入机构名称查找"
      notFoundContent={fetching ? '正在查找…' : '没有匹配的机构'}
      options={options}
      style={{ width: 360 }}
    />
  );
}
