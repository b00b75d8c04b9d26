"""How theme lists are typed in forms: always comma-separated."""

from duurzaamdoor.text import single_line


def comma_splitter(text: str) -> list[str]:
    """ "circulair inkopen, Bouw ,, bouw" -> ["circulair inkopen", "Bouw"] (first spelling wins)."""
    seen: dict[str, str] = {}
    for part in single_line(text).split(","):
        name = " ".join(part.split())
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return list(seen.values())


def comma_joiner(tags) -> str:
    return ", ".join(sorted(tag.name for tag in tags))
