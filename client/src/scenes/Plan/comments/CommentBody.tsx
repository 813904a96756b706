import { Fragment } from "react";
import { parseCommentBody, type CommentNode } from "@jigsaw/shared/comments/commentBody";

function wrap(node: Extract<CommentNode, { type: "text" | "link" }>, inner: React.ReactNode): React.ReactNode {
  let out = inner;
  if (node.italic) out = <em>{out}</em>;
  if (node.bold) out = <strong>{out}</strong>;
  return out;
}

/**
 * A comment body rendered from the strict markdown subset as React elements:
 * text is always a text node (never HTML), links only http/https/mailto.
 */
export function CommentBody({ body }: { body: string }) {
  const nodes = parseCommentBody(body);
  return (
    <div className="comment__body">
      {nodes.map((n, i) => {
        switch (n.type) {
          case "break":
            return <br key={i} />;
          case "mention":
            return (
              <span key={i} className="comment__mention" data-user-id={n.userId}>
                @{n.name}
              </span>
            );
          case "link":
            return (
              <Fragment key={i}>
                {wrap(
                  n,
                  <a href={n.href} rel="noopener noreferrer nofollow" target="_blank">
                    {n.text}
                  </a>,
                )}
              </Fragment>
            );
          case "text":
            return <Fragment key={i}>{wrap(n, n.text)}</Fragment>;
        }
      })}
    </div>
  );
}
