using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;

namespace XanoLink.XanoScript;

/// <summary>
/// One construct of a XanoScript file, as XanoLink's object model (docs/xanoscript.md).
/// <see cref="Start"/> and <see cref="Length"/> locate its exact text in the file (its comments included, the
/// <c>---</c> separators and surrounding blank lines excluded), so a caller can keep the bytes of an object it did
/// not change.
/// </summary>
/// <param name="Construct">The construct keyword: <c>query</c>, <c>function</c>, <c>table</c>, <c>run.job</c>, ...</param>
/// <param name="Name">The construct's name from its first line (<c>query "users/{id}" verb=GET</c> gives <c>users/{id}</c>), if any.</param>
/// <param name="Model">The object: "name", "inputs", "steps", ... (<see cref="XanoScriptWriter"/> writes it back).</param>
/// <param name="IsOpaque">The construct is not understood and <see cref="Model"/> holds its exact text under "xs".</param>
/// <param name="Positions">Where the model's objects (the construct, each step and field) and property values were
/// written, by reference; <see cref="PositionOf"/> finds the nearest for any token.</param>
public sealed record XanoScriptDocument(string Construct, string? Name, JObject Model, int Start, int Length, int Line, bool IsOpaque, IReadOnlyDictionary<JToken, SourcePosition> Positions)
{
    /// <summary>Where a token of <see cref="Model"/> was written: its own position, or its nearest owner's.</summary>
    public SourcePosition PositionOf(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (Positions.TryGetValue(t, out var position))
            {
                return position;
            }
        }

        return Positions.TryGetValue(Model, out var document) ? document : default;
    }
}
