-- wrk script for bench/belasting.mjs: the read share of the mixed load plus the contact moments.
-- Settings come from the environment (wrk passes no arguments to done()):
--   BELASTING_DATA   file written by belasting.mjs: lines "sleutel <token>", "basis <path>",
--                    "persoon <id>", "organisatie <id>", "term <word>", "datum <yyyy-mm-dd>"
--   BELASTING_MIX    "kind=weight,..." in per mille, e.g. "persoon=450,organisatie=150,..."
--   BELASTING_UIT    where done() writes the tallies as JSON
-- Each wrk thread has its own Lua state: tallies live per thread and done() adds them up.

local soorten, gewichten, totaalGewicht = {}, {}, 0
local personen, organisaties, termen = {}, {}, {}
local sleutel, basis, datum
-- Globals, not locals: done() reads them from each thread with thread:get().
verzonden, statussen, momentIds = {}, {}, {}

local function leesData()
  for regel in io.lines(os.getenv("BELASTING_DATA")) do
    local soort, waarde = regel:match("^(%S+) (.+)$")
    if soort == "sleutel" then sleutel = waarde
    elseif soort == "basis" then basis = waarde
    elseif soort == "datum" then datum = waarde
    elseif soort == "persoon" then personen[#personen + 1] = waarde
    elseif soort == "organisatie" then organisaties[#organisaties + 1] = waarde
    elseif soort == "term" then termen[#termen + 1] = waarde
    end
  end
  for soort, gewicht in os.getenv("BELASTING_MIX"):gmatch("([%w-]+)=(%d+)") do
    soorten[#soorten + 1] = soort
    gewichten[#gewichten + 1] = tonumber(gewicht)
    totaalGewicht = totaalGewicht + tonumber(gewicht)
  end
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  leesData()
  -- Different seeds per thread, or every thread would send the same sequence.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  for _, s in ipairs(soorten) do verzonden[s] = 0 end
end

local function kies(lijst) return lijst[math.random(#lijst)] end

local function kop(extra)
  local h = { ["Authorization"] = "Bearer " .. sleutel }
  if extra then h["Content-Type"] = "application/json" end
  return h
end

local maak = {
  ["persoon"] = function() return wrk.format("GET", basis .. "/personen/" .. kies(personen), kop()) end,
  ["organisatie"] = function() return wrk.format("GET", basis .. "/organisaties/" .. kies(organisaties), kop()) end,
  ["lijst"] = function()
    return wrk.format("GET", basis .. "/personen?paginaGrootte=20&pagina=" .. math.random(50), kop())
  end,
  ["filter"] = function()
    return wrk.format("GET", basis .. "/personen?domein=zorg&rol=eerstelijnswerker&paginaGrootte=20", kop())
  end,
  ["zoek"] = function()
    return wrk.format("POST", basis .. "/personen/_zoek", kop(true), '{"termen":"' .. kies(termen) .. '"}')
  end,
  ["momenten"] = function() return wrk.format("GET", basis .. "/contactmomenten?paginaGrootte=20", kop()) end,
  ["contactmoment"] = function()
    local kanalen = { "bezoek", "telefoon", "email", "bijeenkomst" }
    local body = string.format(
      '{"organisatieId":"%s","persoonId":%s,"datum":"%s","kanaal":"%s","aanleiding":"%s","initiatief":"%s"}',
      kies(organisaties),
      math.random() < 0.5 and ('"' .. kies(personen) .. '"') or "null",
      datum,
      kies(kanalen),
      math.random() < 0.8 and "regulier" or "signaal",
      math.random() < 0.5 and "gemeente" or "partner"
    )
    return wrk.format("POST", basis .. "/contactmomenten", kop(true), body)
  end,
}

function request()
  local r, gekozen = math.random() * totaalGewicht, soorten[#soorten]
  for i, g in ipairs(gewichten) do
    if r < g then gekozen = soorten[i] break end
    r = r - g
  end
  verzonden[gekozen] = verzonden[gekozen] + 1
  return maak[gekozen]()
end

function response(status, headers, body)
  statussen[status] = (statussen[status] or 0) + 1
  -- Only a logged contact moment answers 201 with a Location under /contactmomenten/ here; keep
  -- its id so belasting.mjs can look every accepted write up in the database afterwards.
  local plek = headers["Location"] or headers["location"]
  if status == 201 and plek then
    local id = plek:match("/contactmomenten/([%w-]+)$")
    if id then momentIds[#momentIds + 1] = id end
  end
end

function done(summary, latency, requests)
  local som = { verzonden = {}, statussen = {}, ids = {} }
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("verzonden")) do som.verzonden[s] = (som.verzonden[s] or 0) + n end
    for s, n in pairs(t:get("statussen")) do som.statussen[s] = (som.statussen[s] or 0) + n end
    for _, id in ipairs(t:get("momentIds")) do som.ids[#som.ids + 1] = id end
  end
  local delen = {}
  for s, n in pairs(som.verzonden) do delen[#delen + 1] = string.format('"%s":%d', s, n) end
  local st = {}
  for s, n in pairs(som.statussen) do st[#st + 1] = string.format('"%d":%d', s, n) end
  local ids = {}
  for _, id in ipairs(som.ids) do ids[#ids + 1] = '"' .. id .. '"' end
  local p = {}
  for _, q in ipairs({ 50, 90, 99, 99.9 }) do p[#p + 1] = string.format('"%s":%.3f', q, latency:percentile(q) / 1000) end
  local f = assert(io.open(os.getenv("BELASTING_UIT"), "w"))
  f:write(string.format(
    '{"verzonden":{%s},"statussen":{%s},"momentIds":[%s],"latentieMs":{%s},"maxMs":%.3f,"gemiddeldMs":%.3f,' ..
    '"voltooid":%d,"duurUs":%d,"fouten":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}',
    table.concat(delen, ","), table.concat(st, ","), table.concat(ids, ","), table.concat(p, ","),
    latency.max / 1000, latency.mean / 1000, summary.requests, summary.duration,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout
  ))
  f:close()
end
