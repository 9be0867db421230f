// name: partnership_history
// purpose: Partnership levels between two countries with since- and until-dates, oldest first
// param: a str - first country (name, alias or id)
// param: b str - second country (name, alias or id)
// returns: level str, since str, until str, start str, a str, b str, edge_id str, evidence str
// example: diplograph query partnership_history -p a=Vietnam -p b=Russia
// "until" is the since-date of the next level (empty for the current one).
MATCH (ca:Country) WHERE toLower($a) IN ca.names_lc OR ca.id = $a
MATCH (cb:Country) WHERE toLower($b) IN cb.names_lc OR cb.id = $b
MATCH (ca)-[r:PARTNERSHIP]-(cb)
WITH ca, cb, r ORDER BY r.start, r.level
WITH ca, cb, collect(r) AS levels
UNWIND range(0, size(levels) - 1) AS i
WITH ca, cb, levels[i] AS r, CASE WHEN i + 1 < size(levels) THEN levels[i + 1].date_iso END AS until
RETURN r.level AS level, r.date_iso AS since, until, r.start AS start, ca.name AS a, cb.name AS b, r.id AS edge_id,
       r.evidence_text AS evidence
ORDER BY start, level
