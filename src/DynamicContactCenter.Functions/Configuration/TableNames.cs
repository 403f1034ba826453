namespace DynamicContactCenter.Functions.Configuration;

/// <summary>The three DynamoDB table names (DESIGN.md §3), from the template's environment variables.</summary>
/// <param name="Environments">ENVIRONMENTS_TABLE.</param>
/// <param name="DialedNumbers">DIALED_NUMBERS_TABLE.</param>
/// <param name="Prompts">PROMPTS_TABLE.</param>
public sealed record TableNames(string Environments, string DialedNumbers, string Prompts);
