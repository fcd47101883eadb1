package org.openline.android.ui.blocks

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Favorite
import androidx.compose.material.icons.filled.Info
import androidx.compose.material.icons.filled.Warning
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import org.openline.android.ui.theme.LocalCalloutColors
import org.openline.android.ui.theme.ToneColors
import org.openline.core.Block
import org.openline.core.Bullet
import org.openline.core.SourceItem
import org.openline.core.Tone

@Composable
fun HeadingBlock(block: Block.Heading, modifier: Modifier = Modifier) {
    Text(
        text = block.text,
        style = MaterialTheme.typography.titleLarge,
        modifier = modifier.padding(top = 8.dp).semantics { heading() },
    )
}

@Composable
fun ParagraphBlock(block: Block.Paragraph, modifier: Modifier = Modifier) {
    Text(text = block.text, style = MaterialTheme.typography.bodyLarge, modifier = modifier)
}

/** A tinted panel, read by TalkBack as one piece: title, then text. */
@Composable
fun CalloutBlock(block: Block.Callout, modifier: Modifier = Modifier) {
    val colors = toneColors(block.tone)
    Surface(
        modifier = modifier.semantics(mergeDescendants = true) {},
        shape = MaterialTheme.shapes.large,
        color = colors.container,
        contentColor = colors.content,
    ) {
        Row(modifier = Modifier.padding(16.dp), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            Icon(toneIcon(block.tone), contentDescription = null)
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(block.title, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.SemiBold)
                Text(block.text, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}

@Composable
private fun toneColors(tone: Tone): ToneColors {
    val colors = LocalCalloutColors.current
    return when (tone) {
        Tone.REASSURE -> colors.reassure
        Tone.INFO -> colors.info
        Tone.CAUTION -> colors.caution
        Tone.URGENT -> colors.urgent
    }
}

private fun toneIcon(tone: Tone): ImageVector = when (tone) {
    Tone.REASSURE -> Icons.Filled.Favorite
    Tone.INFO -> Icons.Filled.Info
    Tone.CAUTION, Tone.URGENT -> Icons.Filled.Warning
}

@Composable
fun BulletsBlock(block: Block.Bullets, modifier: Modifier = Modifier) {
    Column(modifier = modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        for (bullet in block.items) BulletRow(bullet)
    }
}

@Composable
private fun BulletRow(bullet: Bullet) {
    Column {
        BulletText(bullet.text)
        SourceRefs(bullet.sources, Modifier.padding(start = 20.dp))
    }
}

/** A line of text with a bullet that TalkBack does not read out. */
@Composable
internal fun BulletText(text: String, modifier: Modifier = Modifier) {
    Row(modifier = modifier, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Text("•", style = MaterialTheme.typography.bodyLarge, modifier = Modifier.clearAndSetSemantics {})
        Text(text, style = MaterialTheme.typography.bodyLarge)
    }
}

/**
 * The ids of the sources behind a fact, matching the list at the foot of the screen. Hidden
 * from TalkBack, which reads the full citations in the sources block instead.
 */
@Composable
internal fun SourceRefs(ids: List<String>, modifier: Modifier = Modifier) {
    if (ids.isEmpty()) return
    Text(
        text = ids.joinToString(prefix = "[", postfix = "]"),
        style = MaterialTheme.typography.labelSmall,
        color = MaterialTheme.colorScheme.onSurfaceVariant,
        modifier = modifier.clearAndSetSemantics {},
    )
}

/** The citations behind this screen's facts, under the core's heading; "checked" phrases as they are. */
@Composable
fun SourcesBlock(block: Block.Sources, modifier: Modifier = Modifier) {
    if (block.items.isEmpty()) return
    Column(modifier = modifier.padding(top = 8.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
        HorizontalDivider()
        Text(block.title, style = MaterialTheme.typography.titleSmall, modifier = Modifier.semantics { heading() })
        for (source in block.items) SourceLine(source)
    }
}

@Composable
private fun SourceLine(source: SourceItem) {
    val reviewed = source.reviewed?.let { " ($it)" } ?: ""
    Text(
        text = "[${source.id}] ${source.citation}$reviewed",
        style = MaterialTheme.typography.bodySmall,
        color = MaterialTheme.colorScheme.onSurfaceVariant,
    )
}
