import { Card, Skeleton, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { formatDecimal } from '../shared/text';

const ListsQuery = graphql(`
  query ConsolePublicationLists($id: ID!) {
    publication(id: $id) {
      id
      seq
      title
      lists {
        code
        title
        wording
        isPublic
        validMonths
      }
      entries {
        agencyId
        agencyName
        total
        grade
        publishedGrade
        overallRank
        lists
        isPublic
      }
    }
  }
`);

/**
 * The lists of a publication as the bureau reads them: every list, those kept from the public too (临沂 四（三）
 * announces only "最终评定为一般等级以上的……名单": its 70-below list for 约谈/停业整改 and its 差 list barred from 行政许可 are
 * the bureau's), each with the agencies on it.
 */
export function PublicationLists({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: ListsQuery, variables: { id } });
  const p = data?.publication;
  if (fetching && !data) return <Skeleton active />;
  return (
    <section aria-label="公布名单" data-testid="publication-lists" style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      {p && (
        <>
          <Typography.Title level={5}>{p.seq ? `第${p.seq}号公告的名单` : `${p.title}的名单`}</Typography.Title>
          {p.lists.length === 0 && <Typography.Paragraph>该公布没有名单。</Typography.Paragraph>}
          {p.lists.map((l) => {
            const on = p.entries.filter((e) => e.lists.includes(l.code));
            return (
              <Card
                key={l.code}
                size="small"
                style={{ marginBottom: 12 }}
                title={
                  <>
                    {l.title} {l.isPublic ? <Tag color="blue">公开</Tag> : <Tag color="orange">仅本局掌握，不对外公布</Tag>}
                  </>
                }
              >
                <Typography.Paragraph type="secondary">
                  {l.wording}
                  {l.validMonths ? `（有效期 ${l.validMonths} 个月）` : ''}
                </Typography.Paragraph>
                <Table
                  aria-label={l.title}
                  rowKey="agencyId"
                  size="small"
                  pagination={on.length > 50 ? { pageSize: 50 } : false}
                  dataSource={on}
                  locale={{ emptyText: '名单中没有机构' }}
                  columns={[
                    { title: '名次', dataIndex: 'overallRank', width: 70 },
                    { title: '机构名称', dataIndex: 'agencyName' },
                    { title: '总分', dataIndex: 'total', width: 90, render: (v) => formatDecimal(v) },
                    { title: '评定等级', dataIndex: 'grade', width: 100 },
                    {
                      title: '对外公布',
                      dataIndex: 'isPublic',
                      width: 100,
                      render: (shown: boolean) => (shown ? '是' : '否'),
                    },
                  ]}
                />
              </Card>
            );
          })}
        </>
      )}
    </section>
  );
}
