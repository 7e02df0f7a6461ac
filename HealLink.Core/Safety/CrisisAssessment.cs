using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Safety;

public static class CrisisAssessment
{
    /// <summary>
    /// The verdict on what a person sent, for <c>ConversationHandler.HandleTurn</c>: text is cleaned exactly as the
    /// handler cleans it before looking, so both see the same words; a photo's caption counts as text; anything else
    /// has no verdict.
    /// </summary>
    public static Task<CrisisMatch?> AssessAsync(this ICrisisAssessor assessor, InboundContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(content);
        return content switch
        {
            TextInput text => assessor.AssessAsync(FreeText.Clean(text.Text), cancellationToken),
            MediaInput { Caption: { } caption } => assessor.AssessAsync(FreeText.Clean(caption), cancellationToken),
            _ => Task.FromResult<CrisisMatch?>(null),
        };
    }
}
