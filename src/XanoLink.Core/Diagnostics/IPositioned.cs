using Newtonsoft.Json.Linq;

namespace XanoLink.Diagnostics;

/// <summary>A file whose JSON tokens can be turned into positions for diagnostics.</summary>
public interface IPositioned
{
    SourcePosition PositionOf(JToken? token);
}
