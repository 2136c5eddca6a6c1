import { graphql } from '../gql';

/**
 * A draw as the console's draw page and the public draw page show it: its terms, the list's and the seed's hashes, the
 * seed once revealed and the drawn list (`...DrawDetailFields` in the queries `ConsoleDraw` and `PublicDraw`; with
 * fragment masking off, codegen puts these fields into both queries' types).
 */
export const DrawDetailFields = graphql(`
  fragment DrawDetailFields on Draw {
    id
    year
    kind
    title
    quotaMode
    quotaValue
    weighting
    candidatesCount
    listSha256
    commitment
    seed
    status
    cancelReason
    committedAt
    revealedAt
    candidatesUrl
    drawn {
      group
      candidate
      rank
      label
      key
    }
  }
`);
