SET search_path TO org_acme_123; -- want "tenant migration \"V003_path\\.sql\" sets search_path, which the runner owns; remove the SET"
SELECT set_config('search_path', 'x', false); -- want "sets search_path with set_config"
