package org.openline.android.ui.blocks

import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import org.openline.core.Action
import org.openline.core.Block

/**
 * One composable per kind of block, on the screen at [route]. The `when` is exhaustive with
 * no `else`: when the core adds a kind, this stops compiling, and tests/shells/android-check.sh
 * fails before that.
 */
@Composable
fun BlockView(block: Block, route: String, onAction: (Action) -> Unit, modifier: Modifier = Modifier) {
    when (block) {
        is Block.Heading -> HeadingBlock(block, modifier)
        is Block.Paragraph -> ParagraphBlock(block, modifier)
        is Block.Callout -> CalloutBlock(block, modifier)
        is Block.Steps -> StepsBlock(block, onAction, modifier)
        is Block.Actions -> ActionsBlock(block, onAction, modifier)
        is Block.Links -> LinksBlock(block, onAction, modifier)
        is Block.Cards -> CardsBlock(block, route, onAction, modifier)
        is Block.Bullets -> BulletsBlock(block, modifier)
        is Block.Choice -> ChoiceBlock(block, onAction, modifier)
        is Block.Sources -> SourcesBlock(block, modifier)
    }
}
