import { Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CampaignYears } from './queries';

const THIS_YEAR = new Date().getFullYear();

/**
 * The rating year a page shows: `?year=` in the address (so that a page can be linked and reloaded),
 * else the newest year of the city's campaign calendars, else last year (a year is rated after it ends).
 */
export function useYear(): [number, (year: number) => void, number[]] {
  const [params, setParams] = useSearchParams();
  const [{ data }] = useQuery({ query: CampaignYears });
  const campaigns = data?.tenant?.campaigns.map((c) => c.year) ?? [];
  const fromUrl = Number(params.get('year'));
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? fromUrl : (campaigns[0] ?? THIS_YEAR - 1);
  const years = [...new Set([...campaigns, year, ...Array.from({ length: 6 }, (_, i) => THIS_YEAR - i)])].sort((a, b) => b - a);
  const setYear = (next: number) => {
    const copy = new URLSearchParams(params);
    copy.set('year', String(next));
    setParams(copy, { replace: true });
  };
  return [year, setYear, years];
}

/** A labelled year picker (keyboard: Tab to it, arrows and Enter). */
export function YearSelect({
  year,
  setYear,
  years,
  id = 'year',
}: {
  year: number;
  setYear: (y: number) => void;
  years: number[];
  id?: string;
}) {
  return (
    <Space>
      <Typography.Text>
        <label htmlFor={id}>考评年度</label>
      </Typography.Text>
      <Select
        id={id}
        value={year}
        onChange={setYear}
        style={{ width: 120 }}
        options={years.map((y) => ({ value: y, label: `${y}年度` }))}
      />
    </Space>
  );
}
