import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { FormErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { errorsOf, useViewer } from './common';

const ExamPublicationQuery = graphql(`
  query ConsoleExamPublication($year: Int!) {
    examPublication(year: $year) {
      year
      publishedAt
      publishedBy
      results
      failed
    }
  }
`);

const PublishExamResults = graphql(`
  mutation ConsolePublishExamResults($input: PublishExamResultsInput!) {
    publishExamResults(input: $input) {
      publication {
        year
        results
        failed
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** 抽考成绩公示 (临沂 "个人考试成绩将公开公示"): publish the year's exam results on the public site. */
export function ExamPublicationCard({ year }: { year: number }) {
  const { isAdmin } = useViewer();
  const [{ data }, refetch] = useQuery({ query: ExamPublicationQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const [state, publish] = useMutation(PublishExamResults);
  const [errors, setErrors] = useState<UserError[]>([]);
  const published = data?.examPublication;
  return (
    <Card size="small" title="抽考成绩公示" style={{ marginBottom: 16 }} data-testid="exam-publication">
      <Typography.Paragraph type="secondary">
        个人考试成绩公开公示（公众看到的姓名已脱敏，如 张*）；成绩低于考评方案合格分的人员不得从事相应技术服务活动，其签字的报告不予上传。
      </Typography.Paragraph>
      {published ? (
        <Alert
          type="success"
          showIcon
          title={`${published.year}年度抽考成绩已于 ${formatDateTime(published.publishedAt)} 公示（${published.publishedBy}）：共 ${published.results} 人，不合格 ${published.failed} 人`}
        />
      ) : (
        <>
          <FormErrors errors={errors} />
          {isAdmin && (
            <Popconfirm
              title={`公示${year}年度的抽考成绩？公示后任何人都可在公示网站查看。`}
              okText="公示"
              cancelText="取消"
              onConfirm={async () => {
                const result = await publish({ input: { year } });
                const list = errorsOf(result.data?.publishExamResults, result.error);
                setErrors(list);
                if (!list.length) refetch({ requestPolicy: 'network-only' });
              }}
            >
              <Button type="primary" loading={state.fetching}>
                公示本年度抽考成绩
              </Button>
            </Popconfirm>
          )}
        </>
      )}
    </Card>
  );
}
