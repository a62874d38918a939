namespace XanoLink.Bench;

/// <summary>"--name value" pairs after the command word; the harness needs nothing richer.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }
        }
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public int[] Ints(string name, int[] fallback) => values.TryGetValue(name, out var v)
        ? v.Split(',').Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        : fallback;
}
