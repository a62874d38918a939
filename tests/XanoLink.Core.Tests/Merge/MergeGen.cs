using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Json;

namespace XanoLink.Core.Tests.Merge;

/// <summary>
/// Random workspaces for merge properties: a base of a few tables (fields, records) and two sides that each apply a few
/// random edits to it: add/delete/retype a field, add/delete/rename a table, edit a record.
/// </summary>
internal static class MergeGen
{
    private static readonly string[] Types = ["int", "text", "decimal", "bool"];

    public sealed record Tables(SortedDictionary<string, JObject> ByGuid, SortedDictionary<string, SortedDictionary<int, string>> Records)
    {
        public Tables Copy() => new(
            new SortedDictionary<string, JObject>(ByGuid.ToDictionary(kv => kv.Key, kv => (JObject)kv.Value.DeepClone()), StringComparer.Ordinal),
            new SortedDictionary<string, SortedDictionary<int, string>>(Records.ToDictionary(kv => kv.Key, kv => new SortedDictionary<int, string>(kv.Value)), StringComparer.Ordinal));

        public MemoryFileSource Source()
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                ["workspace.json"] = CanonicalJson.ToBytes(JObject.Parse("""{ "guid": "ws", "name": "shop:acme" }""")),
            };
            foreach (var (guid, table) in ByGuid)
            {
                var name = (string)table["name"]!;
                files[$"tables/{name}.json"] = CanonicalJson.ToBytes(table);
                if (Records.TryGetValue(guid, out var records) && records.Count > 0)
                {
                    files[$"tables/{name}.records.jsonl"] = CanonicalJson.RecordsToBytes(records.Select(r => new JObject { ["id"] = r.Key, ["name"] = r.Value }));
                }
            }

            return new MemoryFileSource(files);
        }
    }

    public static Gen<Tables> Base { get; } = Gen.Int[1, 4].Select(Gen.Int[0, 3].Array[4], (count, extra) =>
    {
        var tables = new Tables(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        for (var i = 0; i < count; i++)
        {
            var fields = new JArray(new JObject { ["name"] = "id", ["type"] = "int" });
            for (var f = 0; f < extra[i]; f++)
            {
                fields.Add(new JObject { ["name"] = $"f{f}", ["type"] = Types[(i + f) % Types.Length] });
            }

            tables.ByGuid[$"t-{i}"] = new JObject { ["guid"] = $"t-{i}", ["name"] = $"table{i}", ["fields"] = fields };
            if (i % 2 == 0)
            {
                tables.Records[$"t-{i}"] = new SortedDictionary<int, string> { [1] = "one", [2] = "two" };
            }
        }

        return tables;
    });

    public static Gen<(int Op, int X, int Y)[]> Edits { get; } = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 9], Gen.Int[0, 9]).Array[0, 4];

    public static Gen<(Tables Base, Tables Ours, Tables Theirs)> Triple { get; } =
        Base.Select(Edits, Edits, (b, o, t) => (b, Apply(b, o), Apply(b, t)));

    public static Tables Apply(Tables @base, IEnumerable<(int Op, int X, int Y)> edits)
    {
        var tables = @base.Copy();
        foreach (var (op, x, y) in edits)
        {
            var guids = tables.ByGuid.Keys.ToArray();
            if (guids.Length == 0 && op != 3)
            {
                continue;
            }

            var guid = guids.Length == 0 ? "" : guids[x % guids.Length];
            var fields = guids.Length == 0 ? [] : (JArray)tables.ByGuid[guid]["fields"]!;
            switch (op)
            {
                case 0 when !fields.Any(f => (string)f["name"]! == $"n{y}"):
                    fields.Insert(1 + (y % fields.Count), new JObject { ["name"] = $"n{y}", ["type"] = Types[y % Types.Length] });
                    break;
                case 1 when fields.Count > 1:
                    fields[1 + (y % (fields.Count - 1))].Remove();
                    break;
                case 2 when fields.Count > 1:
                    fields[1 + (y % (fields.Count - 1))]["type"] = Types[y % Types.Length];
                    break;
                case 3:
                    tables.ByGuid[$"t-new{x}"] = new JObject { ["guid"] = $"t-new{x}", ["name"] = $"new{x}", ["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = Types[y % 2] }) };
                    break;
                case 4:
                    tables.ByGuid.Remove(guid);
                    tables.Records.Remove(guid);
                    break;
                case 5:
                    tables.ByGuid[guid]["name"] = $"{guid[2..]}_r{y}";
                    break;
                case 6:
                    if (!tables.Records.TryGetValue(guid, out var records))
                    {
                        records = tables.Records[guid] = [];
                    }

                    records[(y % 3) + 1] = $"v{x}";
                    break;
            }
        }

        return tables;
    }
}
