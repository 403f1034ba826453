namespace DynamicContactCenter.Flows.Lint;

/// <summary>One way a call can meet the routing data: a dialed number (or any unlisted number, served by the <c>default</c> row), its
/// language and the environment whose functions serve it.</summary>
/// <param name="Number">The dialed number the walk uses (an unlisted one for the default row).</param>
/// <param name="Row">The DialedNumbers row: the number, or <c>default</c>.</param>
/// <param name="Language">The row's language.</param>
/// <param name="Environment">The environment (the <c>${Environment}</c> placeholder).</param>
public sealed record DataCase(string Number, string Row, string Language, string Environment)
{
    /// <summary>For messages: <c>+14443331111 (Spanish, prod)</c>, or <c>default row (English, prod)</c>.</summary>
    public string Label => Row == Number ? $"{Number} ({Language}, {Environment})" : $"{Row} row ({Language}, {Environment})";
}
