import { useQuery } from 'urql';
import { PublicCitiesQuery } from './queries';

/** The cities of the public site (publicCities), for menus and names. */
export function useCities() {
  const [{ data, fetching, error }] = useQuery({ query: PublicCitiesQuery });
  return { cities: data?.publicCities ?? [], fetching, error };
}

export const CATEGORY_LABELS: Record<string, string> = {
  evaluation: '安全评价',
  testing: '检测检验',
  training: '安全培训',
  consulting: '安全咨询',
  standardisation: '标准化咨询',
  other: '其他',
};
