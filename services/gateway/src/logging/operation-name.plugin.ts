import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { nameOperation } from '@terugkeer/service-kit';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** Gives the request's log line its operation: the operationName sent, else the document's first named operation. */
export function operationNamePlugin(): GatewayPlugin {
  return {
    onParams({ params }) {
      nameOperation(params.operationName);
    },
    onValidate({ params }) {
      const operation = (params.documentAST as DocumentNode).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      nameOperation(operation?.name?.value);
    },
  };
}
