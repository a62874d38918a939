using Newtonsoft.Json.Linq;

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
public sealed record XanoScriptDocument(string Construct, string? Name, JObject Model, int Start, int Length, int Line, bool IsOpaque);
