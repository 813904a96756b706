import { Link } from "react-router";

/** The Jigsaw wordmark, linking home. */
export function Wordmark() {
  return (
    <Link to="/" className="wordmark">
      <svg className="wordmark__icon" viewBox="5 6 21 21" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M6 10H11A3 3 0 1 1 17 10H22V15A3 3 0 1 1 22 21V26H6Z"
        />
      </svg>
      <span className="wordmark__text">Jigsaw</span>
      <span className="visually-hidden">, home</span>
    </Link>
  );
}
