import { useEffect, useId, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import "./search.css";

/** The header search box: submits to the results page `/search?q=`. */
export function HeaderSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const current = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);
  return (
    <form
      role="search"
      className="header-search"
      onSubmit={(e) => {
        e.preventDefault();
        const text = q.trim();
        if (text) navigate(`/search?q=${encodeURIComponent(text)}`);
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        Search plans and comments
      </label>
      <input id={id} className="header-search__input" type="search" name="q" value={q} maxLength={200} placeholder="Search" autoComplete="off" onChange={(e) => setQ(e.target.value)} />
      <button type="submit" className="header-search__button">
        <span className="visually-hidden">Search</span>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M10 2a8 8 0 1 0 4.9 14.32l5.39 5.39 1.42-1.42-5.39-5.39A8 8 0 0 0 10 2Zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12Z" fill="currentColor" />
        </svg>
      </button>
    </form>
  );
}
