// Tree walks and node types for the mdast that `parseMarkdown` builds. Code outside this folder
// walks trees through `visit` (unist-util-visit: pre-order, document order) rather than by hand.

export type {
  Code,
  Definition,
  Heading,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
export { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
