import { graphql } from '../api/graphql';

export const DEPARTMENTS = graphql(`
  query ConsentDepartments {
    departments { id name discipline }
    me { staffMember { id department { id name } } }
    networks { id name }
  }
`);

export const CONSENTS = graphql(`
  query CitizenConsents($input: CitizenLookupInput!) {
    citizenConsents(input: $input) { id status categories purposes fromDepartmentIds toDepartmentIds validFrom validTo withdrawnAt givenBy custodyHolderRelation method }
  }
`);

export const RECORD_CONSENT = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { id status }
  }
`);

export const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) { id status withdrawnAt }
  }
`);

export const REQUEST_EXCHANGE = graphql(`
  mutation RequestExchange($input: RequestExchangeInput!) {
    requestExchange(input: $input) { permitted message alternative exchange { id decision refusalReason ledgerPosition reviewStatus } }
  }
`);

export const DEPARTMENT_EXCHANGES = graphql(`
  query DepartmentExchanges {
    departmentExchanges(page: { first: 50 }) {
      nodes { id createdAt decision refusalReason purpose categories legalBasis reviewStatus fromDepartment { id name } toDepartment { id name } requestedBy { displayName } }
    }
    me { staffMember { department { id } } }
  }
`);

export const EXCHANGE_CONTENT = graphql(`
  query ExchangeContent($id: ID!) {
    exchangeContent(exchangeId: $id) { content justification }
  }
`);
