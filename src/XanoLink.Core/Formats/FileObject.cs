using Newtonsoft.Json.Linq;
using XanoLink.Model;

namespace XanoLink.Formats;

/// <summary>The one object a workspace file holds, as read from its bytes alone: its key, guid ("" when none), construct and model.</summary>
public sealed record FileObject(ItemKind Kind, string Name, string Guid, string Construct, JObject Model)
{
    public ItemKey Key => new(Kind, Name);
}
